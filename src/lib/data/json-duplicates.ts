/** Finds keys written twice in one JSON object: JSON.parse keeps the last one silently, so an edit can vanish. */

/** A key that appears twice in the same object. */
export interface DuplicateKey {
  /** Where the object is: keys and array indexes from the root, e.g. ["features", 3, "properties"]. */
  path: (string | number)[];
  key: string;
  /** 1-based lines of the first and the repeated key. */
  firstLine: number;
  line: number;
}

interface Frame {
  kind: 'object' | 'array';
  keys: Map<string, number>;
  /** The key or index this container sits under in its parent. */
  at: string | number | undefined;
  index: number;
}

/** Every duplicate key in `text`, which must be valid JSON (check with JSON.parse first). */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let pendingKey: string | undefined;
  const path = () => stack.slice(1).map((f) => f.at!);
  const open = (kind: Frame['kind']) => {
    const parent = stack[stack.length - 1];
    const at = parent?.kind === 'object' ? pendingKey : parent?.index;
    stack.push({ kind, keys: new Map(), at, index: 0 });
    pendingKey = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{') open('object');
    else if (c === '[') open('array');
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (text[j] !== '"') {
        if (text[j] === '\\') {
          s += text.slice(j, j + 2);
          j += 2;
        } else s += text[j++];
      }
      i = j;
      const top = stack[stack.length - 1];
      let k = i + 1;
      while (' \t\r\n'.includes(text[k] ?? '')) k++;
      if (top?.kind === 'object' && text[k] === ':') {
        const key = JSON.parse(`"${s}"`) as string;
        const first = top.keys.get(key);
        if (first !== undefined) found.push({ path: path(), key, firstLine: first, line });
        else top.keys.set(key, line);
        pendingKey = key;
      }
    }
  }
  return found;
}
