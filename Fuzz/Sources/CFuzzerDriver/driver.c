// Empty: the target only carries the header (a C target needs one source file).
