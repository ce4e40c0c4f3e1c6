-- Minimal init for the headless end-to-end test: the plugin from this checkout, the real
-- server from the venv, backend `llm` aimed at the loopback OpenAI server.
local env = vim.env
vim.opt.runtimepath:prepend(env.L2J_NVIM_PLUGIN)
vim.opt.shadafile = 'NONE'
vim.opt.swapfile = false

require('l2j').setup({
  cmd = { env.L2J_LSP_BIN, 'serve' },
  settings = {
    backend = 'llm',
    llm = { baseUrl = env.L2J_TEST_BASE_URL, model = 'test/model', apiKeyEnv = 'L2J_TEST_API_KEY' },
    go = { outDir = 'go' },
  },
})
