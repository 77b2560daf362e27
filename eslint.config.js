// Lint rules for the whole project: ESLint's and typescript-eslint's recommended sets.
// (Formatting is Prettier's job; `npm run lint` runs both.)
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", ".bench-out/", ".eval-out/", "node_modules/", "test/fixtures/", "examples/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Plain JavaScript entry points run on Node: let them use its globals.
  {
    files: ["**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
