from l2j_lsp.cli import main

# Guarded: worker processes (spawned, see backends/worker.py) import this module again.
if __name__ == "__main__":
    main()
