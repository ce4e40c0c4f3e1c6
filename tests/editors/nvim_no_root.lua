-- Headless Neovim on a workspace without a root marker, started from another directory, with
-- the real l2j-lsp (backend rules) and `open_go = 'split'`: a migration of L2Item.getId, then
-- a Java file whose package is not its folder. Writes what it saw to $L2J_E2E_RESULT for
-- test_nvim_e2e.py. Every wait is bounded.
local env = vim.env
vim.opt.runtimepath:prepend(env.L2J_NVIM_PLUGIN)
vim.cmd('runtime plugin/l2j.lua') -- `-l` loads no plugins
vim.opt.shadafile = 'NONE'
vim.opt.swapfile = false

local messages = {}
local notify = vim.notify
vim.notify = function(msg, level, opts)
  table.insert(messages, msg)
  return notify(msg, level, opts)
end

require('l2j').setup({
  cmd = { env.L2J_LSP_BIN, 'serve' },
  settings = { backend = 'rules' },
  open_go = 'split',
})

local function wait(ms, what, cond)
  if not vim.wait(ms, cond, 50) then
    error('timed out after ' .. ms .. ' ms waiting for ' .. what, 2)
  end
end

local function l2j_client(buf)
  return vim.lsp.get_clients({ name = 'l2j', bufnr = buf })[1]
end

local out = { cwd = vim.fn.getcwd() }
local ok, err = xpcall(function()
  vim.cmd.edit(vim.fn.fnameescape(env.L2J_E2E_JAVA))
  local java_buf = vim.api.nvim_get_current_buf()
  wait(30000, 'the l2j client on the Java buffer', function()
    local c = l2j_client(java_buf)
    return c ~= nil and c.initialized
  end)
  out.root = l2j_client(java_buf).root_dir

  assert(vim.fn.search('getId', 'w') > 0)
  vim.api.nvim_create_autocmd('User', {
    pattern = 'L2jMigrated',
    once = true,
    callback = function(ev)
      out.result = ev.data
    end,
  })
  vim.cmd('L2j migrate method')
  wait(60000, 'the migration result', function()
    return out.result ~= nil
  end)
  out.windows = vim.tbl_map(function(win)
    return vim.api.nvim_buf_get_name(vim.api.nvim_win_get_buf(win))
  end, vim.api.nvim_tabpage_list_wins(0))
  local go_buf = vim.fn.bufnr(vim.uri_to_fname(out.result.goUri))
  wait(30000, 'the l2j client on the Go buffer', function()
    return l2j_client(go_buf) ~= nil
  end)
  out.go_root = l2j_client(go_buf).root_dir

  -- Its package says com/l2jserver/util, its folder does not: no root, no client.
  vim.cmd.edit(vim.fn.fnameescape(env.L2J_E2E_MISPLACED))
  local misplaced = vim.api.nvim_get_current_buf()
  out.misplaced_filetype = vim.bo[misplaced].filetype
  out.misplaced_clients = #vim.lsp.get_clients({ name = 'l2j', bufnr = misplaced })
  out.clients = #vim.lsp.get_clients({ name = 'l2j' })
end, debug.traceback)
out.ok = ok
out.error = not ok and tostring(err) or nil
out.messages = messages
vim.fn.writefile({ vim.json.encode(out) }, env.L2J_E2E_RESULT)
vim.cmd('qall!')
