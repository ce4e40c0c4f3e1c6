-- The server's $/progress for migrations: echoes title, message and percentage, and keeps
-- the tokens in flight so :L2j cancel can name them.
local M = {}

--- Titles of the progress in flight, by client id and token (only `begin` carries a title).
---@type table<integer, table<string|integer, string>>
local active = {}

---@param title string
---@param value {kind: string, title?: string, message?: string, percentage?: integer}
---@return string
function M.format(title, value)
  local parts = { 'L2J: ' .. title }
  if value.percentage then
    table.insert(parts, ('%d%%'):format(value.percentage))
  end
  if value.message and value.message ~= '' then
    table.insert(parts, value.message)
  end
  return table.concat(parts, ' ')
end

--- Tokens of the migrations `client_id` is running.
---@param client_id integer
---@return (string|integer)[]
function M.tokens(client_id)
  return vim.tbl_keys(active[client_id] or {})
end

---@param ev {data: {client_id: integer, params: lsp.ProgressParams}}
function M.on_progress(ev)
  local client = vim.lsp.get_client_by_id(ev.data.client_id)
  local value = ev.data.params and ev.data.params.value
  if not client or client.name ~= 'l2j' or type(value) ~= 'table' then
    return
  end
  local token = ev.data.params.token
  local titles = active[client.id] or {}
  active[client.id] = titles
  if value.kind == 'begin' then
    titles[token] = value.title or 'working'
  end
  local title = titles[token] or 'working'
  if value.kind == 'end' then
    titles[token] = nil
  end
  if require('l2j').options.progress then
    vim.api.nvim_echo({ { M.format(title, value) } }, false, {})
  end
end

return M
