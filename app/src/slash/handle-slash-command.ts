import { isFactstoreError } from '../../../src/core/errors.js';
import { codeSpan, inlineWithCode } from '../../../src/core/report/breakdown/markdown-escape.js';
import type { AppContext } from '../app-context.js';
import type { AppDeps } from '../app-deps.js';
import { factsRepository, factsStore } from '../facts-store.js';
import type { GateTarget } from '../gate-target.js';
import { handleGate } from '../handle-gate.js';
import { whatToDo } from '../what-to-do.js';
import { CONFIG_FILE, readConfig, type RepoConfig } from '../read-config.js';
import { makeFact } from '../../../src/core/model/fact-id.js';
import type { Fact } from '../../../src/core/model/fact.js';
import { appWriter } from './app-writer.js';
import { clearAlarm } from './clear-alarm.js';
import type { CommandResult } from './command-context.js';
import { gateReply } from './gate-reply.js';
import { pullHead, type PullHead } from './pull-head.js';
import { recordApproval } from './record-approval.js';
import { recordBypass } from './record-bypass.js';
import { postReply, type PullComment } from './reply.js';
import { SLASH_USAGE, type SlashCommand } from './slash-command.js';
import type { SlashEvent } from './slash-event.js';

/**
 * A `/factstore` command in a pull request: checked, recorded with the App's key, the gate re-run,
 * and one reply in the PR. Never throws: a failure is logged with what to do and, when GitHub
 * lets the App, replied.
 */
export async function handleSlashCommand(context: AppContext, event: SlashEvent | undefined, deps: AppDeps): Promise<void> {
  if (event === undefined) return;
  const where: PullComment = { owner: event.owner, repo: event.repo, pullNumber: event.pullNumber, line: event.line };
  const place = `${event.owner}/${event.repo}#${event.pullNumber}`;
  let text: string;
  try {
    text = 'problem' in event.parsed ? usageReply(event.parsed.problem) : await answer(context, event, event.parsed.command, deps);
  } catch (e) {
    context.log.error(`factstore: the command ${JSON.stringify(event.line)} of ${event.actor} on ${place} failed: ${whatToDo(e)}`);
    text = `The command failed: ${inlineWithCode(isFactstoreError(e) ? e.message : whatToDo(e))}`;
  }
  try {
    await postReply(context, where, text);
  } catch (e) {
    context.log.error(`factstore: the reply to ${JSON.stringify(event.line)} on ${place} could not be posted: ${whatToDo(e)} (the App needs \`pull_requests: write\`).`);
  }
}

function usageReply(problem: string): string {
  return `The command was not understood: ${inlineWithCode(problem)} Nothing was recorded.\n\nSyntax:\n\`\`\`\n${SLASH_USAGE.join('\n')}\n\`\`\``;
}

async function answer(context: AppContext, event: SlashEvent, command: SlashCommand, deps: AppDeps): Promise<string> {
  const setup = await readConfig(context, event);
  if (setup === undefined) return `This repository has no \`.github/${CONFIG_FILE}\` on ${codeSpan(event.defaultBranch)}, so Factstore gates nothing here. Nothing was recorded.`;
  if (command.name === 'clear-alarm' && !event.onPullRequest) return (await clearAlarm(context, event, command, deps, setup)).text;
  const head = await pullHead(context, event);
  const target: GateTarget = { owner: event.owner, repo: event.repo, defaultBranch: event.defaultBranch, headSha: head.sha, branches: [head.base], pullNumbers: [event.pullNumber] };
  const regate = async (flow?: string): Promise<string> => gateReply(await handleGate(context, target, deps, { createComment: true, setup }), head.sha, flow);
  if (command.name === 'status') return regate();
  if (command.name === 'clear-alarm') {
    const cleared = await clearAlarm(context, event, command, deps, setup);
    return cleared.regate ? `${cleared.text}\n\n${await regate()}` : cleared.text;
  }

  const result = await record(context, event, command, deps, setup, head);
  return result.regate ? `${result.text}\n\n${await regate(command.flow)}` : result.text;
}

async function record(context: AppContext, event: SlashEvent, command: Exclude<SlashCommand, { name: 'status' | 'clear-alarm' }>, deps: AppDeps, setup: RepoConfig, head: PullHead): Promise<CommandResult> {
  const { config } = setup;
  const flow = Object.hasOwn(config.flows, command.flow) ? config.flows[command.flow] : undefined;
  if (flow === undefined) {
    const known = Object.keys(config.flows);
    return { text: `Flow ${codeSpan(command.flow)} is not in \`.github/${CONFIG_FILE}\`; known flows: ${known.length > 0 ? known.map((f) => codeSpan(f)).join(', ') : 'none'}. Nothing was recorded.`, regate: false };
  }
  const writer = appWriter(deps, config, sampleFact(command, flow.name, event.actor, head.sha, deps.clock()));
  if ('problem' in writer) {
    context.log.warn(`factstore: ${event.owner}/${event.repo}#${event.pullNumber}: ${writer.problem}`);
    return { text: writer.problem, regate: false };
  }
  const store = factsStore(context.request, factsRepository(config, event), { signer: writer.signer, actor: event.actor });
  const authority = (fact: Fact): string | undefined => {
    const w = appWriter(deps, config, fact);
    return 'problem' in w ? w.problem : undefined;
  };
  const c = { context, flow, actor: event.actor, head, store, now: deps.clock(), authority };
  return command.name === 'bypass' ? recordBypass(c, command, config.bypass) : recordApproval(c, command);
}

/** The kind of fact the command records, for the key's authority: approvals and bypasses need the App's `app: true`. */
function sampleFact(command: Exclude<SlashCommand, { name: 'status' | 'clear-alarm' }>, flow: string, actor: string, commit: string, now: Date): Fact {
  const ts = now.toISOString();
  return command.name === 'bypass'
    ? makeFact({ kind: 'bypass', flow, trail: commit, commit, event: 'BYPASS_REFUSED', reason: command.reason, refusal: 'authority check', actor, ts })
    : makeFact({ kind: 'approval', flow, trail: commit, commit, decision: command.name === 'approve' ? 'APPROVED' : 'REJECTED', actor, ts });
}
