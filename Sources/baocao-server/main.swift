import BaoCaoServerCLI

await ServerCommandLine.main()
