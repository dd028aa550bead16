// libFuzzer's entry point for programs that keep their own main (see llvm.org/docs/LibFuzzer.html,
// "Using libFuzzer as a library"). The definition comes with -sanitize=fuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
