/** Unit and integration tests (no browser). The browser tests have their own config. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.ts$": "ts-jest" },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
