// Every CLI command module. Each exports `register(program)`; keep the list sorted.
import type { Command } from "commander";
import { register as attach } from "./attach.js";
import { register as check } from "./check.js";
import { register as compile } from "./compile.js";
import { register as diff } from "./diff.js";
import { register as disasm } from "./disasm.js";
import { register as fmt } from "./fmt.js";
import { register as list } from "./list.js";
import { register as load } from "./load.js";
import { register as logs } from "./logs.js";
import { register as show } from "./show.js";
import { register as test } from "./test.js";
import { register as unload } from "./unload.js";
import { register as updateSet } from "./update-set.js";
import { register as update } from "./update.js";

type Register = (program: Command) => void;

export const commands: Register[] = [attach, check, compile, diff, disasm, fmt, list, load, logs, show, test, unload, update, updateSet];
