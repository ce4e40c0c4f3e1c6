from l2j_lsp.cli import main

main()
