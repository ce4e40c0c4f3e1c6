-- Defines :L2j and the progress display; the modules load on first use. The server itself
-- starts only after `vim.lsp.enable('l2j')` or `require('l2j').setup()`.
if vim.g.loaded_l2j then
  return
end
vim.g.loaded_l2j = true

vim.api.nvim_create_user_command('L2j', function(opts)
  require('l2j.commands').run(opts)
end, {
  nargs = '+',
  range = true,
  desc = 'l2j-lsp: migrate [scope], cancel, open, reload, stats, backend [name]',
  complete = function(arglead, cmdline, cursorpos)
    return require('l2j.commands').complete(arglead, cmdline, cursorpos)
  end,
})

vim.api.nvim_create_autocmd('LspProgress', {
  group = vim.api.nvim_create_augroup('l2j.progress', { clear = true }),
  desc = 'Show l2j-lsp migration progress',
  callback = function(ev)
    require('l2j.progress').on_progress(ev)
  end,
})
