// `npm run chat`: talk to the bot as a WhatsApp customer would, through the real pipeline (webhook-api → Redis → agent-worker → fake Chatwoot).
import os from 'node:os';
import path from 'node:path';
import {
  type Interface,
  clearLine,
  createInterface,
  cursorTo,
} from 'node:readline';
import { parseArgs } from 'node:util';
import { Cleanup } from './bench/support.js';
import { type BotAction, ChatSession } from './chat/session.js';
import {
  ensureBuilt,
  ensureDatabase,
  startChatPipeline,
} from './chat/setup.js';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/atrevete_chat';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const LLM_VARIABLES = ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const;

const USAGE = `usage: npm run chat -- [--name "Laura Pérez"] [--phone +34600111222] [--wait-ms 10000] [--debounce-ms 800]

Talk to the bot as a WhatsApp customer would. Starts the built webhook-api and agent-worker on
DATABASE_URL (default ${DEFAULT_DATABASE_URL}, created if missing) and REDIS_URL
(default ${DEFAULT_REDIS_URL}) with the demo salon, and a fake Chatwoot that prints what the bot does.
LLM_BASE_URL, LLM_API_KEY and LLM_MODEL, when set, go to agent-worker (the llm understander).
Each line of stdin is a message; piped input waits for each answer (--wait-ms) and ends at EOF.`;

const COMMANDS =
  '/new a new conversation · /bot give a handed-off conversation back to the bot · /help · /quit (or Ctrl-D)';

interface Options {
  name: string;
  phone: string;
  waitMs: number;
  debounceMs: number;
}

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      name: { type: 'string', default: 'Laura Pérez' },
      phone: { type: 'string', default: '+34600111222' },
      'wait-ms': { type: 'string', default: '10000' },
      'debounce-ms': { type: 'string', default: '800' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (!/^\+\d{8,15}$/.test(values.phone))
    throw new Error(
      `--phone must look like +34600111222 (got ${values.phone})`,
    );
  return {
    name: values.name,
    phone: values.phone,
    waitMs: integer('--wait-ms', values['wait-ms'], 1),
    debounceMs: integer('--debounce-ms', values['debounce-ms'], 0),
  };
}

function integer(flag: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > 600_000)
    throw new Error(`${flag} must be an integer from ${min} to 600000`);
  return value;
}

/** Prints a line; on a terminal, above the prompt and what the person is typing, which are drawn again. */
function printer(rl: Interface, tty: boolean): (text: string) => void {
  return (text) => {
    if (!tty) return console.log(text);
    clearLine(process.stdout, 0);
    cursorTo(process.stdout, 0);
    console.log(text);
    rl.prompt(true);
  };
}

/** `head` then the text, its further lines (blank ones aside) indented under the first. */
const hanging = (head: string, text: string) =>
  head + text.replace(/\n(?!\n|$)/g, `\n${' '.repeat(head.length)}`);

function formatAction(
  action: BotAction,
  persona: string,
  current: number,
): string {
  const where =
    action.conversationId === current
      ? ''
      : ` (conversation ${action.conversationId})`;
  switch (action.kind) {
    case 'reply':
      return hanging(`${persona}${where}: `, action.text);
    case 'note':
      return hanging(`   [private note for staff${where}] `, action.text);
    case 'labels':
      return `   [labels${where}: ${action.text}]`;
    case 'status':
      return action.text === 'open'
        ? `   [status → open${where}] The bot handed the conversation to a person: your messages now go to the salon's staff and the bot stays silent. /bot gives it back.`
        : `   [status → ${action.text}${where}]`;
    case 'other':
      return `   [${action.text}${where}]`;
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return console.log(USAGE);
  // Progress goes to stderr so that `… | npm run chat > transcript.txt` keeps only the conversation.
  const info = (message: string) => console.error(message);
  const logFile = path.join(
    os.tmpdir(),
    `atrevete-chat-${new Date().toISOString().replace(/[:.]/g, '-')}.log`,
  );
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const cleanup = new Cleanup();
  let rl: Interface | undefined;
  let session: ChatSession | undefined;
  let finishing = false;
  const finish = async (code: number) => {
    if (finishing) return;
    finishing = true;
    rl?.close();
    session?.close();
    // Off the prompt line a terminal may still be on.
    if (tty) console.log();
    info('Stopping the apps…');
    await cleanup.runAll();
    info(`Stopped. The apps' log: ${logFile}`);
    process.exit(code);
  };
  process.on('SIGINT', () => void finish(130));
  process.on('SIGTERM', () => void finish(143));

  try {
    ensureBuilt(info);
    const databaseUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
    if (await ensureDatabase(databaseUrl))
      info(`Created database ${new URL(databaseUrl).pathname.slice(1)}.`);
    const llm = Object.fromEntries(
      LLM_VARIABLES.flatMap((name) => {
        const value = process.env[name];
        return value ? [[name, value]] : [];
      }),
    );
    info(`The apps' log: ${logFile}`);
    const pipeline = await startChatPipeline(
      {
        databaseUrl,
        redisUrl: process.env['REDIS_URL'] ?? DEFAULT_REDIS_URL,
        debounceMs: options.debounceMs,
        logFile,
        llm,
        say: info,
      },
      cleanup,
    );

    const lines = createInterface({
      input: process.stdin,
      output: tty ? process.stdout : undefined,
      terminal: tty,
    });
    rl = lines;
    lines.setPrompt(`${options.name}: `);
    // On a terminal Ctrl-C reaches readline, not the process.
    lines.on('SIGINT', () => void finish(130));
    const print = printer(lines, tty);
    const chat = new ChatSession(pipeline, options, (action) =>
      print(formatAction(action, pipeline.personaName, chat.conversationId)),
    );
    session = chat;

    const understanding =
      Object.keys(llm).length === LLM_VARIABLES.length
        ? `llm, ${llm['LLM_MODEL']}`
        : 'rules';
    console.log(
      [
        '─'.repeat(72),
        `WhatsApp chat with ${pipeline.salonName}: you are ${options.name} (${options.phone}), conversation ${chat.conversationId}.`,
        `${pipeline.personaName} is the salon's bot (understanding: ${understanding}). Write as a customer would; Enter sends.`,
        COMMANDS,
        '─'.repeat(72),
      ].join('\n'),
    );
    if (tty) lines.prompt();

    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '/quit') break;
      if (line === '/help') print(COMMANDS);
      else if (line === '/new')
        print(`── new conversation ${chat.newConversation()} ──`);
      else if (line === '/bot') {
        chat.giveBackToBot();
        print(`── the conversation is the bot's again (status pending) ──`);
      } else if (line.startsWith('/'))
        print(`Unknown command ${line}. ${COMMANDS}`);
      else if (line) {
        // A terminal shows what was typed; a piped transcript needs it written out.
        if (!tty) print(`${options.name}: ${line}`);
        await send(chat, line, options.waitMs, tty, print);
      }
      if (tty) lines.prompt();
    }
    await finish(0);
  } catch (error) {
    console.error(`chat: ${(error as Error).message}`);
    await finish(1);
  }
}

/** On a terminal, messages go at once (a quick burst gets one answer, as on WhatsApp); piped, each waits for its answer. */
async function send(
  chat: ChatSession,
  line: string,
  waitMs: number,
  tty: boolean,
  print: (text: string) => void,
): Promise<void> {
  const since = chat.replyCount;
  const answer = await chat.send(line).catch((error: Error) => error);
  if (answer instanceof Error)
    return print(`   [not delivered: ${answer.message}]`);
  if (answer.status !== 200)
    return print(
      `   [webhook-api answered ${answer.status}: ${answer.body.error ?? ''}]`,
    );
  if (answer.body.status === 'ignored')
    return print(
      chat.status === 'open'
        ? '   [delivered with status open: a person has the conversation and the bot stays silent; /bot gives it back]'
        : `   [webhook-api ignored it: ${answer.body.reason ?? ''}]`,
    );
  if (!tty && !(await chat.waitForReply(since, waitMs)))
    print(`   [no answer within ${waitMs} ms]`);
}

main().catch((error: Error) => {
  console.error(`chat: ${error.message}`);
  process.exit(2);
});
