-- Neovim 0.11 configuration of the l2j-lsp server, found on 'runtimepath' by
-- `vim.lsp.enable('l2j')`. `require('l2j').setup()` layers user options on top of it.

---@type vim.lsp.Config
return {
  cmd = { 'l2j-lsp', 'serve' },
  -- Java for the "Migrate ... to Go" actions; Go so that saving a migrated file records
  -- corrections.
  filetypes = { 'java', 'go' },
  -- `.l2j` (the dataset's directory) and `.git` come first: a go.mod inside the Go output
  -- directory must not give Go files a root of their own, hence a second server and dataset.
  root_markers = require('l2j.root').MARKERS,
  -- The markers above; without one, a Java file's source root, never the directory Neovim
  -- started in (where the Go and the dataset would land).
  root_dir = function(bufnr, on_dir)
    require('l2j.root').root_dir(bufnr, on_dir)
  end,
  -- Neovim applies `documentChanges` (file creation, versioned edits) but 0.11 does not say
  -- so; the server needs it to create the Go file.
  capabilities = { workspace = { workspaceEdit = { documentChanges = true } } },
  -- Empty dicts, not `{}`, so the server receives JSON objects rather than arrays.
  init_options = { l2j = vim.empty_dict() },
  settings = { l2j = vim.empty_dict() },
  handlers = {
    -- Results of the code actions' `l2j.migrateToGo`: tell the user, save the Go file.
    ['workspace/executeCommand'] = function(err, result, ctx)
      require('l2j').on_command_result(err, result, ctx)
    end,
  },
}
