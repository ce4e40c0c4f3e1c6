-- l2j-lsp for Neovim 0.11: setup(), the backend switch, and the migration result handler.
local M = {}

M.BACKENDS = { 'auto', 'hrm', 'llm', 'rules' }

---@class l2j.Options
---@field settings? table Section `l2j` as the server reads it (nested camelCase keys).
---@field cmd? string[]|fun(dispatchers: vim.lsp.rpc.Dispatchers): vim.lsp.rpc.PublicClient
---@field filetypes? string[]
---@field root_markers? (string|string[])[]
---@field save_after_migrate? boolean Write the Go file once a migration is applied (true).
---@field open_go? false|'split'|'vsplit'|'tab'|'edit' Show the Go file after a migration (false).
---@field progress? boolean Echo migration progress (true).
---@field enable? boolean Call vim.lsp.enable('l2j') (true).

M.OPEN_GO = { 'split', 'vsplit', 'tab', 'edit' }

--- Options that live in the plugin rather than in the LSP config.
M.options = { save_after_migrate = true, open_go = false, progress = true }

--- The Go file of the last applied migration, for :L2j open.
---@type string?
M.last_go = nil

local function validate_settings(settings)
  vim.validate('settings.backend', settings.backend, function(v)
    return v == nil or vim.list_contains(M.BACKENDS, v)
  end, 'one of ' .. table.concat(M.BACKENDS, ', '))
  for _, key in ipairs({ 'llm', 'hrm', 'go', 'dataset', 'repair', 'java' }) do
    vim.validate('settings.' .. key, settings[key], 'table', true)
  end
  local rounds = settings.repair and settings.repair.rounds
  vim.validate('settings.repair.rounds', rounds, function(v)
    return v == nil or (type(v) == 'number' and v >= 1 and math.floor(v) == v)
  end, 'a whole number of at least 1')
  -- The server reads paths relative to the root: a single string would be taken apart.
  local roots = settings.java and settings.java.sourceRoots
  vim.validate('settings.java.sourceRoots', roots, function(v)
    if v == nil then
      return true
    end
    if type(v) ~= 'table' or not vim.islist(v) then
      return false
    end
    for _, r in ipairs(v) do
      if type(r) ~= 'string' or r == '' then
        return false
      end
    end
    return true
  end, 'a list of paths')
  if settings.llm and settings.llm.apiKey ~= nil then
    error(
      'l2j: the API key never goes in settings; export it in the environment variable '
        .. 'named by settings.llm.apiKeyEnv (default OPENROUTER_API_KEY)',
      2
    )
  end
end

--- Configures and (unless `enable = false`) enables the `l2j` server.
---@param opts? l2j.Options
function M.setup(opts)
  vim.validate('opts', opts, 'table', true)
  opts = opts or {}
  vim.validate('opts.settings', opts.settings, 'table', true)
  vim.validate('opts.cmd', opts.cmd, { 'table', 'function' }, true)
  vim.validate('opts.filetypes', opts.filetypes, 'table', true)
  vim.validate('opts.root_markers', opts.root_markers, 'table', true)
  vim.validate('opts.save_after_migrate', opts.save_after_migrate, 'boolean', true)
  vim.validate('opts.open_go', opts.open_go, function(v)
    return v == nil or v == false or vim.list_contains(M.OPEN_GO, v)
  end, 'false or one of ' .. table.concat(M.OPEN_GO, ', '))
  vim.validate('opts.progress', opts.progress, 'boolean', true)
  vim.validate('opts.enable', opts.enable, 'boolean', true)
  local settings = opts.settings or {}
  validate_settings(settings)

  if opts.save_after_migrate ~= nil then
    M.options.save_after_migrate = opts.save_after_migrate
  end
  if opts.open_go ~= nil then
    M.options.open_go = opts.open_go
  end
  if opts.progress ~= nil then
    M.options.progress = opts.progress
  end

  local config = { cmd = opts.cmd, filetypes = opts.filetypes, root_markers = opts.root_markers }
  if next(settings) ~= nil then
    -- Both: init_options reach the server at start, settings answer workspace/configuration.
    config.init_options = { l2j = settings }
    config.settings = { l2j = settings }
  end
  vim.lsp.config('l2j', config)
  if opts.enable ~= false then
    vim.lsp.enable('l2j')
  end
end

--- The running l2j clients attached to `bufnr`, or all of them when none is.
---@param bufnr? integer
---@return vim.lsp.Client[]
function M.clients(bufnr)
  local clients = vim.lsp.get_clients({ name = 'l2j', bufnr = bufnr })
  if #clients == 0 and bufnr then
    clients = vim.lsp.get_clients({ name = 'l2j' })
  end
  return clients
end

--- The backend in effect: a running client's settings, else the configured ones, else auto.
---@return string
function M.backend()
  local client = M.clients(0)[1]
  local settings = client and client.settings or (vim.lsp.config.l2j or {}).settings
  local backend = vim.tbl_get(settings or {}, 'l2j', 'backend')
  return backend or 'auto'
end

--- HRM and LLM alternate; from auto or rules the toggle starts at HRM, auto's first choice.
---@param backend string
---@return string
function M.next_backend(backend)
  return backend == 'hrm' and 'llm' or 'hrm'
end

--- Switches the backend of running clients (didChangeConfiguration) and of future ones.
---@param backend string
function M.set_backend(backend)
  vim.validate('backend', backend, function(v)
    return vim.list_contains(M.BACKENDS, v)
  end, 'one of ' .. table.concat(M.BACKENDS, ', '))
  local update = { l2j = { backend = backend } }
  vim.lsp.config('l2j', { settings = update, init_options = update })
  for _, client in ipairs(M.clients()) do
    client.settings = vim.tbl_deep_extend('force', client.settings or {}, update)
    client:notify('workspace/didChangeConfiguration', { settings = client.settings })
  end
  vim.notify('L2J: backend ' .. backend, vim.log.levels.INFO)
end

--- Writes the migrated Go buffer so the file lands on disk. Without autocommands: the
--- accepted suggestion is no correction, and a format-on-save hook must not make it one.
---@param uri string
local function save(uri)
  local fname = vim.uri_to_fname(uri)
  local buf = vim.fn.bufnr(fname)
  if buf == -1 or not vim.api.nvim_buf_is_loaded(buf) or not vim.bo[buf].modified then
    return
  end
  -- Neovim 0.11 skips the directory of a CreateFile that has `ignoreIfExists`.
  vim.fn.mkdir(vim.fs.dirname(fname), 'p')
  local ok, err = pcall(vim.api.nvim_buf_call, buf, function()
    vim.cmd('silent noautocmd update')
  end)
  if not ok then
    vim.notify(('L2J: could not write %s: %s'):format(fname, err), vim.log.levels.ERROR)
  end
end

--- Shows `fname` in a window, the way `how` says (|l2j-open_go|).
---@param fname string
---@param how 'split'|'vsplit'|'tab'|'edit'
function M.open(fname, how)
  local command = how == 'tab' and 'tabedit' or how
  vim.cmd[command](vim.fn.fnameescape(fname))
end

local NOTICE = {
  applied = function(r)
    local shown = M.options.open_go and '' or '; :L2j open shows it'
    return vim.log.levels.INFO,
      ('L2J: migrated to %s (%s)%s'):format(
        vim.fn.fnamemodify(vim.uri_to_fname(r.goUri), ':~:.'),
        r.backend or '?',
        shown
      )
  end,
  rejected = function(r)
    return vim.log.levels.INFO, 'L2J: migration discarded: ' .. (r.message or '')
  end,
  cancelled = function()
    return vim.log.levels.INFO, 'L2J: migration cancelled'
  end,
  failed = function(r)
    return vim.log.levels.ERROR, 'L2J: ' .. (r.message or 'migration failed')
  end,
}

--- Handler for workspace/executeCommand answers of the `l2j` client (see lsp/l2j.lua).
--- Fires `User L2jMigrated` with the result as data (`{status, goUri, backend, pairId,
--- message}`), e.g. to open the Go file.
---@param err? lsp.ResponseError
---@param result any
---@param ctx lsp.HandlerContext
function M.on_command_result(err, result, ctx)
  if vim.tbl_get(ctx, 'params', 'command') ~= 'l2j.migrateToGo' then
    if err then
      vim.notify('L2J: ' .. err.message, vim.log.levels.ERROR)
    end
    return
  end
  if err then
    -- Listeners see every outcome, a server error included, in the contract's shape.
    result = { status = 'failed', message = err.message }
  end
  if type(result) ~= 'table' or not NOTICE[result.status] then
    return
  end
  local applied = result.status == 'applied' and result.goUri
  if applied and M.options.save_after_migrate then
    save(result.goUri)
  end
  if applied then
    M.last_go = vim.uri_to_fname(result.goUri)
    if M.options.open_go then
      M.open(M.last_go, M.options.open_go)
    end
  end
  local level, text = NOTICE[result.status](result)
  vim.notify(text, level)
  vim.api.nvim_exec_autocmds('User', { pattern = 'L2jMigrated', data = result, modeline = false })
end

return M
