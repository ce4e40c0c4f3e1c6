-- Drives headless Neovim through the editor workflow with the real l2j-lsp server and writes
-- what it saw to $L2J_E2E_RESULT (JSON) for test_nvim_e2e.py. Every wait is bounded.
-- Phase `migrate`: code actions, a migration with the llm backend, a hand correction (:w).
-- Phase `commands`: :L2j stats / reload / backend, then a migration with the new backend.
-- Phase `cancel`: :L2j cancel stops a migration stuck on the LLM; nothing is applied.
local out = { steps = {}, phases = {} }
local messages = {}

local function step(name, value)
  table.insert(out.steps, name)
  out[name] = value
end

local function wait(ms, what, cond)
  if not vim.wait(ms, cond, 50) then
    error('timed out after ' .. ms .. ' ms waiting for ' .. what, 2)
  end
end

local function said(pattern)
  return function()
    for _, m in ipairs(messages) do
      if m:find(pattern) then
        return true
      end
    end
    return false
  end
end

local function l2j_client(buf)
  return vim.lsp.get_clients({ name = 'l2j', bufnr = buf })[1]
end

local function stats(client)
  local response = client:request_sync(
    'workspace/executeCommand',
    { command = 'l2j.datasetStats', arguments = {} },
    10000,
    0
  )
  assert(response and not response.err, 'datasetStats: ' .. vim.inspect(response))
  return response.result
end

--- Runs `:L2j migrate method` with the cursor on `method` and returns the L2jMigrated data.
local function migrate(method, timeout)
  assert(vim.fn.search(method, 'w') > 0, method .. ' not found')
  local result
  vim.api.nvim_create_autocmd('User', {
    pattern = 'L2jMigrated',
    once = true,
    callback = function(ev)
      result = ev.data
    end,
  })
  vim.cmd('L2j migrate method')
  wait(timeout, 'the result of migrating ' .. method, function()
    return result ~= nil
  end)
  return result
end

local state = {}

local function phase_migrate()
  vim.cmd.edit(vim.fn.fnameescape(vim.env.L2J_E2E_JAVA))
  state.java_buf = vim.api.nvim_get_current_buf()
  wait(30000, 'the l2j client on the Java buffer', function()
    local c = l2j_client(state.java_buf)
    return c ~= nil and c.initialized
  end)
  local client = assert(l2j_client(state.java_buf))
  state.client = client
  step('attached', { root = client.root_dir, filetype = vim.bo[state.java_buf].filetype })

  -- Cursor on `getName`: the actions for the method, its class and the file.
  assert(vim.fn.search('getName', 'w') > 0)
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = {} }
  local response = client:request_sync('textDocument/codeAction', params, 10000, state.java_buf)
  assert(response and not response.err, 'codeAction: ' .. vim.inspect(response))
  step(
    'titles',
    vim.tbl_map(function(a)
      return a.title
    end, response.result or {})
  )

  local migrated = migrate('getName', 90000)
  step('result', migrated)
  assert(migrated.status == 'applied', 'migration not applied: ' .. vim.inspect(migrated))
  local go_path = vim.uri_to_fname(migrated.goUri)
  step('go_path', go_path)
  step('go_on_disk', table.concat(vim.fn.readfile(go_path), '\n'))
  step('stats_after_migrate', stats(client))

  -- The Go buffer the edit created: attached once its FileType is set.
  local go_buf = vim.fn.bufnr(go_path)
  assert(go_buf ~= -1, 'no buffer for ' .. go_path)
  vim.api.nvim_set_current_buf(go_buf)
  wait(30000, 'the l2j client on the Go buffer', function()
    return l2j_client(go_buf) ~= nil
  end)
  step('go_attached', { filetype = vim.bo[go_buf].filetype, modified = vim.bo[go_buf].modified })

  -- A hand correction inside the migrated method, then :w (didSave).
  local lines = vim.api.nvim_buf_get_lines(go_buf, 0, -1, false)
  local func_line
  for i, text in ipairs(lines) do
    if text:match('^func .*%) Name%(') then
      func_line = i
    end
  end
  assert(func_line, 'no func Name in the Go buffer:\n' .. table.concat(lines, '\n'))
  vim.api.nvim_buf_set_lines(go_buf, func_line, func_line, false, { '\t// corrected by hand' })
  vim.cmd('write')
  step('go_saved', table.concat(vim.fn.readfile(go_path), '\n'))

  local last
  wait(20000, 'the pair to become corrected', function()
    last = stats(client)
    return (vim.tbl_get(last, 'by_status', 'corrected') or 0) >= 1
  end)
  step('stats_after_save', last)
end

local function phase_commands()
  assert(state.client, 'phase migrate did not get a client')
  vim.cmd('L2j stats')
  wait(10000, 'the :L2j stats notification', said('^L2J dataset:'))
  vim.cmd('L2j reload')
  wait(10000, 'the :L2j reload notification', said('^L2J: the HRM reloads'))

  -- :L2j backend sends didChangeConfiguration; the next migration must use the new backend.
  vim.api.nvim_set_current_buf(state.java_buf)
  vim.cmd('L2j backend rules')
  step('backend_setting', state.client.settings.l2j.backend)
  step('second_result', migrate('getId', 60000))
end

--- Phase `cancel`: a migration whose LLM answer never comes, cancelled with :L2j cancel.
local function phase_cancel()
  vim.cmd.edit(vim.fn.fnameescape(vim.env.L2J_E2E_STALLED_JAVA))
  local buf = vim.api.nvim_get_current_buf()
  wait(30000, 'the l2j client on the second Java buffer', function()
    return l2j_client(buf) ~= nil
  end)
  local client = assert(l2j_client(buf))
  -- The backend is `rules` after phase `commands`; this phase needs the (stalling) LLM.
  vim.cmd('L2j backend llm')
  assert(vim.fn.search('nextInt', 'w') > 0)
  local result
  vim.api.nvim_create_autocmd('User', {
    pattern = 'L2jMigrated',
    once = true,
    callback = function(ev)
      result = ev.data
    end,
  })
  vim.cmd('L2j migrate method')
  wait(20000, 'the migration progress', function()
    return #require('l2j.progress').tokens(client.id) > 0
  end)
  vim.wait(500) -- let the request reach the stalled LLM
  vim.cmd('L2j cancel')
  wait(20000, 'the cancelled result', function()
    return result ~= nil
  end)
  step('cancel_result', result)
end

local notify = vim.notify
vim.notify = function(msg, level, opts)
  table.insert(messages, msg)
  return notify(msg, level, opts)
end

local phases = {
  { 'migrate', phase_migrate },
  { 'commands', phase_commands },
  { 'cancel', phase_cancel },
}
for _, phase in ipairs(phases) do
  local ok, err = xpcall(phase[2], debug.traceback)
  out.phases[phase[1]] = { ok = ok, error = not ok and tostring(err) or nil }
end
out.messages = messages
vim.fn.writefile({ vim.json.encode(out) }, vim.env.L2J_E2E_RESULT)
vim.cmd('qall!')
