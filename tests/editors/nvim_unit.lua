-- Unit checks of editors/nvim without a server; run with `nvim --headless --clean -l`.
-- Prints one JSON object {case: error or vim.NIL} for test_nvim_plugin.py.
local plugin = assert(vim.env.L2J_NVIM_PLUGIN)
vim.opt.runtimepath:prepend(plugin)
vim.cmd('runtime plugin/l2j.lua')

local results = {}
local function case(name, fn)
  local ok, err = pcall(fn)
  results[name] = ok and vim.NIL or tostring(err)
end

local function eq(actual, expected, what)
  assert(
    vim.deep_equal(actual, expected),
    ('%s: expected %s, got %s'):format(what or 'value', vim.inspect(expected), vim.inspect(actual))
  )
end

local function raises(fn, pattern)
  local ok, err = pcall(fn)
  assert(not ok, 'expected an error matching ' .. pattern)
  assert(tostring(err):find(pattern), ('error %q does not match %q'):format(tostring(err), pattern))
end

case('lsp config file', function()
  local config = dofile(plugin .. '/lsp/l2j.lua')
  eq(config.cmd, { 'l2j-lsp', 'serve' }, 'cmd')
  eq(config.filetypes, { 'java', 'go' }, 'filetypes')
  eq(config.root_markers[1], '.l2j', 'first root marker')
  eq(type(config.root_dir), 'function', 'root_dir')
  -- JSON objects, not arrays, even when empty.
  eq(vim.json.encode(config.init_options), '{"l2j":{}}', 'init_options')
  eq(vim.json.encode(config.settings), '{"l2j":{}}', 'settings')
  eq(config.capabilities.workspace.workspaceEdit.documentChanges, true, 'documentChanges')
end)

case('root prefers .l2j over a nearer go.mod', function()
  local root = vim.fn.tempname()
  vim.fn.mkdir(root .. '/.l2j', 'p')
  vim.fn.mkdir(root .. '/go/gameserver', 'p')
  vim.fn.writefile({ 'module l2jgo' }, root .. '/go/go.mod')
  local markers = dofile(plugin .. '/lsp/l2j.lua').root_markers
  local found
  for _, marker in ipairs(markers) do
    found = vim.fs.root(root .. '/go/gameserver/x.go', marker)
    if found then
      break
    end
  end
  eq(vim.fs.normalize(found), vim.fs.normalize(root), 'root')
end)

--- A buffer for `path` (written to disk) with filetype `ft`, and what root_dir made of it.
local function root_of(path, lines, ft)
  vim.fn.mkdir(vim.fs.dirname(path), 'p')
  vim.fn.writefile(lines, path)
  local buf = vim.fn.bufadd(path)
  vim.fn.bufload(buf)
  vim.bo[buf].filetype = ft
  local found, messages = nil, {}
  local notify = vim.notify
  vim.notify = function(msg)
    table.insert(messages, msg)
  end
  require('l2j.root').root_dir(buf, function(dir)
    found = dir
  end)
  vim.notify = notify
  return found, messages
end

case('java source root from the package', function()
  local source_root = require('l2j.root').java_source_root
  local src = '/ws/src'
  local java = src .. '/com/l2jserver/gameserver/L2Item.java'
  local text = { '/* license */', 'package com.l2jserver.gameserver;', 'class L2Item {}' }
  eq(source_root(java, text), src)
  eq(source_root('/ws/Main.java', { 'class Main {}' }), '/ws', 'default package')
  local root, problem = source_root('/ws/src/L2Item.java', { 'package com.l2jserver.gameserver;' })
  eq(root, nil, 'package not matching the folders')
  assert(problem:find('package com.l2jserver.gameserver is not its folder'), problem)
end)

case('no root marker: the source root, never the start directory', function()
  local ws = vim.fn.tempname()
  local java = ws .. '/src/com/l2jserver/L2Item.java'
  local root, messages = root_of(java, { 'package com.l2jserver;', 'class L2Item {}' }, 'java')
  eq(root, ws .. '/src', 'root')
  local said = messages[1] or ''
  assert(said:find('source root .*/src is the workspace: the Go goes to go/'), said)
  local cwd_root = root_of(ws .. '/misplaced/L2Item.java', { 'package com.l2jserver;' }, 'java')
  eq(cwd_root, nil, 'a package that is not its folder: no root')
  local go_root, go_messages = root_of(ws .. '/go/x.go', { 'package x' }, 'go')
  eq(go_root, nil, 'a Go file outside every workspace: no root')
  assert(go_messages[1]:find('no workspace for .*x%.go'), vim.inspect(go_messages))
  -- A marker wins over the source root.
  vim.fn.mkdir(ws .. '/.l2j', 'p')
  eq(root_of(java, { 'package com.l2jserver;' }, 'java'), ws, 'root with .l2j')
end)

case('setup merges settings into init_options and settings', function()
  require('l2j').setup({
    cmd = { '/venv/bin/l2j-lsp', 'serve' },
    settings = { backend = 'llm', llm = { model = 'm' }, go = { outDir = 'out' } },
    enable = false,
  })
  local config = vim.lsp.config.l2j
  eq(config.cmd, { '/venv/bin/l2j-lsp', 'serve' }, 'cmd')
  eq(config.filetypes, { 'java', 'go' }, 'filetypes kept from lsp/l2j.lua')
  eq(config.settings.l2j, { backend = 'llm', llm = { model = 'm' }, go = { outDir = 'out' } })
  eq(config.init_options, config.settings, 'init_options')
end)

case('setup validates its options', function()
  local setup = require('l2j').setup
  raises(function()
    setup({ settings = { backend = 'gpt' } })
  end, 'settings.backend')
  raises(function()
    setup({ cmd = 'l2j-lsp serve' })
  end, 'opts.cmd')
  raises(function()
    setup({ settings = { llm = 'x' } })
  end, 'settings.llm')
  raises(function()
    setup({ settings = { llm = { apiKey = 'sk-secret' } } })
  end, 'never goes in settings')
  raises(function()
    setup({ settings = { repair = { rounds = 0 } } })
  end, 'settings.repair.rounds')
  raises(function()
    setup({ settings = { repair = 2 } })
  end, 'settings.repair')
  raises(function()
    setup({ settings = { java = { sourceRoots = 'src/main/java' } } })
  end, 'settings.java.sourceRoots')
  raises(function()
    setup({ settings = { java = { sourceRoots = { 'src', 3 } } } })
  end, 'settings.java.sourceRoots')
  local ok, err = pcall(setup, {
    settings = { java = { sourceRoots = { 'game/java', 'commons/java' } } },
    enable = false,
  })
  eq(ok, true, 'a list of source roots is accepted: ' .. tostring(err))
  raises(function()
    setup('llm')
  end, 'opts')
  raises(function()
    setup({ open_go = 'float' })
  end, 'opts.open_go')
end)

case('backend toggle', function()
  local l2j = require('l2j')
  eq(l2j.next_backend('hrm'), 'llm')
  eq(l2j.next_backend('llm'), 'hrm')
  eq(l2j.next_backend('auto'), 'hrm')
  eq(l2j.next_backend('rules'), 'hrm')
  l2j.set_backend('rules')
  eq(vim.lsp.config.l2j.settings.l2j.backend, 'rules', 'configured backend')
  eq(l2j.backend(), 'rules', 'backend()')
  raises(function()
    l2j.set_backend('gpt')
  end, 'backend')
end)

case(':L2j is defined and completes', function()
  eq(vim.fn.exists(':L2j'), 2, ':L2j')
  local complete = require('l2j.commands').complete
  local subcommands = { 'backend', 'cancel', 'migrate', 'open', 'reload', 'stats' }
  eq(complete('', 'L2j ', 4), subcommands, 'subcommands')
  eq(complete('m', 'L2j m', 5), { 'migrate' }, 'prefix')
  eq(complete('', 'L2j backend ', 12), { 'auto', 'hrm', 'llm', 'rules' }, 'backends')
  eq(complete('c', 'L2j migrate c', 13), { 'class' }, 'scopes')
  eq(complete('', 'L2j stats ', 10), {}, 'no argument')
end)

case(':L2j without a server says what to do', function()
  local messages = {}
  local notify = vim.notify
  vim.notify = function(msg)
    table.insert(messages, msg)
  end
  vim.cmd('L2j migrate')
  vim.cmd('L2j bogus')
  vim.notify = notify
  assert(messages[1]:find("vim.lsp.enable%('l2j'%)"), vim.inspect(messages))
  assert(messages[2]:find('unknown subcommand'), vim.inspect(messages))
end)

case('the result names the Go file and how to open it', function()
  local l2j = require('l2j')
  local messages = {}
  local notify = vim.notify
  vim.notify = function(msg)
    table.insert(messages, msg)
  end
  local go = vim.fn.getcwd() .. '/go/gameserver/l2_item.go'
  local ctx = { params = { command = 'l2j.migrateToGo' } }
  local result = { status = 'applied', goUri = vim.uri_from_fname(go), backend = 'rules' }
  l2j.options.save_after_migrate = false
  l2j.on_command_result(nil, result, ctx)
  vim.cmd('L2j open')
  l2j.options.open_go = 'vsplit'
  l2j.on_command_result(nil, result, ctx)
  vim.notify = notify
  eq(messages[1], 'L2J: migrated to go/gameserver/l2_item.go (rules); :L2j open shows it')
  eq(messages[2], 'L2J: migrated to go/gameserver/l2_item.go (rules)')
  eq(l2j.last_go, go, 'last_go')
  -- :L2j open split the window, open_go = 'vsplit' split it again: three windows on the Go.
  eq(#vim.api.nvim_tabpage_list_wins(0), 3, 'windows')
  eq(vim.api.nvim_buf_get_name(0), go, 'the current buffer')
end)

case('stats lines', function()
  local lines = require('l2j.commands').format_stats({
    total = 3,
    by_status = { corrected = 1, accepted = 2 },
    by_backend = vim.empty_dict(),
  })
  eq(lines, { 'by_backend: {}', 'by_status:', '  accepted: 2', '  corrected: 1', 'total: 3' })
end)

case('progress line', function()
  local format = require('l2j.progress').format
  eq(
    format(
      "Migrate method 'getName' to Go",
      { kind = 'report', message = '5 tokens', percentage = 40 }
    ),
    "L2J: Migrate method 'getName' to Go 40% 5 tokens"
  )
  eq(format('x', { kind = 'end' }), 'L2J: x')
end)

case('help tags', function()
  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir .. '/doc', 'p')
  vim.fn.writefile(vim.fn.readfile(plugin .. '/doc/l2j.txt'), dir .. '/doc/l2j.txt')
  vim.cmd.helptags(vim.fn.fnameescape(dir .. '/doc'))
  local tags = table.concat(vim.fn.readfile(dir .. '/doc/tags'), '\n')
  for _, tag in ipairs({
    'l2j.txt',
    'l2j-setup',
    'l2j.setup()',
    ':L2j',
    ':L2j-migrate',
    ':L2j-open',
    'l2j-root',
    'l2j-open_go',
    'L2jMigrated',
  }) do
    assert(tags:find(vim.pesc(tag) .. '\t'), 'missing help tag ' .. tag)
  end
end)

io.stdout:write(vim.json.encode(results))
