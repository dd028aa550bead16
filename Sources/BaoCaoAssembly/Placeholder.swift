/// Placeholder until monthly assembly is built.
enum AssemblyPlaceholder {}
