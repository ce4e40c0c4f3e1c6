-- The :L2j subcommands.
local l2j = require('l2j')

local M = {}

local SCOPES = { 'method', 'class', 'file' }

---@param action lsp.CodeAction|lsp.Command
---@param scope? string
local function is_migration(action, scope)
  local command = type(action.command) == 'table' and action.command or action
  if command.command ~= 'l2j.migrateToGo' then
    return false
  end
  local arg = (command.arguments or {})[1]
  return scope == nil or (type(arg) == 'table' and arg.scope == scope)
end

--- The current buffer's l2j client, or nil after telling the user how to get one.
local function client_or_warn()
  local client = l2j.clients(0)[1]
  if not client then
    vim.notify(
      "L2J: no l2j-lsp client; add vim.lsp.enable('l2j') or require('l2j').setup() "
        .. 'to your config and open a Java file',
      vim.log.levels.WARN
    )
  end
  return client
end

---@param command string
---@param on_result fun(result: any)
local function execute(command, on_result)
  local client = client_or_warn()
  if not client then
    return
  end
  client:request(
    'workspace/executeCommand',
    { command = command, arguments = {} },
    function(err, result)
      if err then
        vim.notify(('L2J: %s failed: %s'):format(command, err.message), vim.log.levels.ERROR)
      else
        on_result(result)
      end
    end,
    0
  )
end

--- `key: value` lines, keys sorted, nested tables indented.
---@param value any
---@param indent? string
---@return string[]
function M.format_stats(value, indent)
  indent = indent or ''
  if type(value) ~= 'table' then
    return { indent .. tostring(value) }
  end
  local keys = vim.tbl_keys(value)
  table.sort(keys, function(a, b)
    return tostring(a) < tostring(b)
  end)
  local lines = {}
  for _, key in ipairs(keys) do
    local item = value[key]
    if type(item) == 'table' and next(item) ~= nil then
      table.insert(lines, ('%s%s:'):format(indent, key))
      vim.list_extend(lines, M.format_stats(item, indent .. '  '))
    elseif type(item) == 'table' then
      table.insert(lines, ('%s%s: {}'):format(indent, key))
    else
      table.insert(lines, ('%s%s: %s'):format(indent, key, tostring(item)))
    end
  end
  return lines
end

local handlers = {}

---@param args string[]
---@param opts vim.api.keyset.create_user_command.command_args
function handlers.migrate(args, opts)
  local scope = args[1]
  if scope and not vim.list_contains(SCOPES, scope) then
    vim.notify('L2J: migrate takes method, class or file', vim.log.levels.ERROR)
    return
  end
  if not client_or_warn() then
    return
  end
  local range
  if opts.range == 2 then
    range = { start = { opts.line1, 0 }, ['end'] = { opts.line2, 0 } }
  end
  -- One matching action is applied at once; several (method, class, file) go to vim.ui.select.
  vim.lsp.buf.code_action({
    context = { only = { 'refactor.rewrite' }, diagnostics = {} },
    filter = function(action)
      return is_migration(action, scope)
    end,
    apply = true,
    range = range,
  })
end

--- Shows the Go file of the last applied migration (in a split unless `open_go` says how).
function handlers.open()
  if not l2j.last_go then
    vim.notify('L2J: no migration applied yet', vim.log.levels.INFO)
    return
  end
  l2j.open(l2j.last_go, l2j.options.open_go or 'split')
end

function handlers.reload()
  execute('l2j.reloadModel', function(result)
    local checkpoint = type(result) == 'table' and result.checkpoint
    vim.notify(
      checkpoint and ('L2J: the HRM reloads %s on its next use'):format(checkpoint)
        or 'L2J: the HRM reloads on its next use',
      vim.log.levels.INFO
    )
  end)
end

function handlers.stats()
  execute('l2j.datasetStats', function(result)
    vim.notify(
      'L2J dataset:\n' .. table.concat(M.format_stats(result, '  '), '\n'),
      vim.log.levels.INFO
    )
  end)
end

---@param args string[]
function handlers.backend(args)
  local backend = args[1] or l2j.next_backend(l2j.backend())
  if not vim.list_contains(l2j.BACKENDS, backend) then
    vim.notify('L2J: backend is one of ' .. table.concat(l2j.BACKENDS, ', '), vim.log.levels.ERROR)
    return
  end
  l2j.set_backend(backend)
end

--- Cancels the current buffer's migrations in flight through their progress tokens; the
--- server then applies nothing and answers `cancelled`.
function handlers.cancel()
  local client = client_or_warn()
  if not client then
    return
  end
  local tokens = require('l2j.progress').tokens(client.id)
  if #tokens == 0 then
    vim.notify('L2J: no migration in progress', vim.log.levels.INFO)
    return
  end
  for _, token in ipairs(tokens) do
    client:notify('window/workDoneProgress/cancel', { token = token })
  end
end

local COMPLETIONS =
  { migrate = SCOPES, backend = l2j.BACKENDS, cancel = {}, open = {}, reload = {}, stats = {} }

---@param opts vim.api.keyset.create_user_command.command_args
function M.run(opts)
  local sub = opts.fargs[1]
  local handler = handlers[sub]
  if not handler then
    vim.notify(
      ('L2J: unknown subcommand %q; use %s'):format(
        sub,
        table.concat(vim.tbl_keys(COMPLETIONS), ', ')
      ),
      vim.log.levels.ERROR
    )
    return
  end
  handler(vim.list_slice(opts.fargs, 2), opts)
end

---@param arglead string
---@param cmdline string
---@return string[]
function M.complete(arglead, cmdline, _)
  local words = vim.split(cmdline, '%s+', { trimempty = true })
  -- The word being typed is the last one unless the line ends in a space.
  local position = #words + (arglead == '' and 1 or 0)
  local candidates = {}
  if position == 2 then
    candidates = vim.tbl_keys(COMPLETIONS)
    table.sort(candidates)
  elseif position == 3 then
    candidates = COMPLETIONS[words[2]] or {}
  end
  return vim.tbl_filter(function(c)
    return vim.startswith(c, arglead)
  end, candidates)
end

return M
