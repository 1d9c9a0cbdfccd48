// Every CLI command module. Each exports `register(program)`; keep the list sorted.
import type { Command } from "commander";

type Register = (program: Command) => void;

export const commands: Register[] = [];
