-- The workspace root of a buffer, the `root_dir` of lsp/l2j.lua. The server puts the Go
-- (`go.outDir`) and the dataset (`.l2j/`) under it, so it must never fall back to whatever
-- directory Neovim was started from, as Neovim does when no root marker is found.
local M = {}

--- Root markers by priority; a nested list is one priority (|lsp-root_markers|). `.l2j` and
--- `.git` come first: a go.mod in the Go output must not give Go files a root of their own.
M.MARKERS = { '.l2j', '.git', { 'pom.xml', 'build.gradle', 'go.mod' } }

--- Roots and files already told about, so each message shows once.
local told = {}

---@param key string
---@param text string
---@param level integer
local function tell(key, text, level)
  if not told[key] then
    told[key] = true
    vim.notify(text, level)
  end
end

--- The source root of a Java file: its folder less the folders of its package (the folder
--- itself for the default package).
---@param path string the file's absolute path
---@param lines string[] its text
---@return string? root
---@return string? problem why there is none
function M.java_source_root(path, lines)
  local dir = vim.fs.dirname(path)
  local package
  for _, line in ipairs(lines) do
    package = line:match('^%s*package%s+([%w_.]+)%s*;')
    if package then
      break
    end
  end
  if not package then
    return dir
  end
  local root = dir
  local parts = vim.split(package, '.', { plain = true })
  for i = #parts, 1, -1 do
    if vim.fs.basename(root) ~= parts[i] then
      local folder = vim.fn.fnamemodify(dir, ':~')
      return nil, ('its package %s is not its folder %s'):format(package, folder)
    end
    root = vim.fs.dirname(root)
  end
  return root
end

--- The root of a running l2j client that holds `path`: a Go file it wrote belongs to it.
---@param path string
---@return string?
local function client_root(path)
  for _, client in ipairs(vim.lsp.get_clients({ name = 'l2j' })) do
    if client.root_dir and vim.fs.relpath(client.root_dir, path) then
      return client.root_dir
    end
  end
end

--- |lsp-root_dir| for `l2j`: the nearest root marker, else the root of a running l2j client
--- holding the file, else (Java) the file's source root, said in a message. Otherwise no
--- client starts for the buffer, and a message says what to do.
---@param bufnr integer
---@param on_dir fun(root: string)
function M.root_dir(bufnr, on_dir)
  local path = vim.fs.normalize(vim.api.nvim_buf_get_name(bufnr))
  local config = vim.lsp.config.l2j or {}
  local root = vim.fs.root(bufnr, config.root_markers or M.MARKERS) or client_root(path)
  if root then
    on_dir(root)
    return
  end
  local problem
  if vim.bo[bufnr].filetype == 'java' then
    root, problem = M.java_source_root(path, vim.api.nvim_buf_get_lines(bufnr, 0, -1, false))
  else
    problem = 'no l2j client has migrated into it'
  end
  if root then
    local out_dir = vim.tbl_get(config, 'settings', 'l2j', 'go', 'outDir') or 'go'
    local shown = vim.fn.fnamemodify(root, ':~')
    tell(
      root,
      ('L2J: no .l2j, .git, pom.xml, build.gradle or go.mod above %s, so its source root %s '
        .. 'is the workspace: the Go goes to %s/ in it, the dataset to .l2j/. Create a .l2j '
        .. 'folder where they should go instead.'):format(vim.fs.basename(path), shown, out_dir),
      vim.log.levels.INFO
    )
    on_dir(root)
    return
  end
  tell(
    path,
    ('L2J: no workspace for %s: no .l2j, .git, pom.xml, build.gradle or go.mod above it, '
      .. 'and %s. Create a .l2j folder at the top of your sources.'):format(
      vim.fn.fnamemodify(path, ':~'),
      problem
    ),
    vim.log.levels.WARN
  )
end

return M
