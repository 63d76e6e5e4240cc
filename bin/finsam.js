#!/usr/bin/env node
/* The finsam command: loads the compiled CLI (npm run build:cli writes build/). */
"use strict";
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "build", "cli", "finsam.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "finsam: kommandot är inte byggt; kör npm run build:cli / the command is not built; run npm run build:cli\n",
  );
  process.exit(2);
}
const cli = require(entry);
process.on("uncaughtException", cli.fail);
process.on("unhandledRejection", cli.fail);
cli.run(process.argv.slice(2)).catch(cli.fail);
