import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "esbuild.mjs", "eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // The core modules are unit-tested under plain Node: VS Code must stay out of them.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: ["vscode", "vscode-languageclient", "vscode-languageclient/node"] },
      ],
    },
  },
  {
    // The smoke test's plain CommonJS: linted without type information.
    files: ["test-integration/**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: "commonjs",
      globals: { __dirname: "readonly", console: "readonly", process: "readonly", setTimeout: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      // The fake mirrors VS Code's data classes, which are constructors only.
      "@typescript-eslint/no-extraneous-class": "off",
    },
  },
  {
    // node:test's describe/it return promises the runner itself awaits.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-floating-promises": "off" },
  },
);
