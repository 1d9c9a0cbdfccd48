// Every CLI command module. Each exports `register(program)`; keep the list sorted.
import type { Command } from "commander";
import { register as check } from "./check.js";
import { register as diff } from "./diff.js";
import { register as disasm } from "./disasm.js";
import { register as fmt } from "./fmt.js";
import { register as test } from "./test.js";

type Register = (program: Command) => void;

export const commands: Register[] = [check, diff, disasm, fmt, test];
