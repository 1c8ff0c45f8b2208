export interface Identity {
  name: string;
  email: string;
}

/** The signed payload of a commit, byte for byte as git hashes it (without the gpgsig header). */
export function commitPayload(input: {
  tree: string;
  parents: string[];
  author: Identity;
  committer: Identity;
  time: Date;
  message: string;
}): string {
  const seconds = Math.floor(input.time.getTime() / 1000);
  const who = (i: Identity) => `${clean(i.name)} <${clean(i.email)}> ${seconds} +0000`;
  const head = [`tree ${input.tree}`, ...input.parents.map((p) => `parent ${p}`)];
  head.push(`author ${who(input.author)}`, `committer ${who(input.committer)}`);
  const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`;
  return `${head.join('\n')}\n\n${message}`;
}

/** git refuses '<', '>' and newlines inside an identity. */
function clean(s: string): string {
  return s.replace(/[<>\n\r]/g, '').trim() || 'unknown';
}
