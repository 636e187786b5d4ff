/**
 * A small XML reader for the add-in manifest: elements (local names, prefixes dropped), attributes, text and
 * line numbers. It is not a general XML parser: no DTDs, no entity declarations, no namespace resolution. The
 * XSD step (xmllint) is the judge of well-formedness; this reader only has to walk a manifest that is well formed,
 * and to say which line is wrong when it is not.
 */

export interface XmlElement {
  /** Local name, without a namespace prefix: `bt:Image` is `Image`. */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside the element, entities decoded. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
}

export class XmlReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlReadError';
  }
}

interface MutableElement {
  name: string;
  attributes: Map<string, string>;
  children: MutableElement[];
  text: string;
  line: number;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&([^;\s&]*);?/gu, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlReadError(`“&${body}” 不是完整的字符引用（缺少分号）`, line);
    const named = NAMED_ENTITIES[body];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9a-f]+)|(\d+))$/iu.exec(body);
    if (numeric) return String.fromCodePoint(numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]));
    throw new XmlReadError(`未知的字符引用“&${body};”`, line);
  });
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Index of the `>` that ends the start tag at `from`, skipping any `>` inside quoted attribute values; -1 if none. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** Reads a document and returns its root element; throws XmlReadError with a line number when it is malformed. */
export function readXml(source: string): XmlElement {
  let line = 1;
  let pos = 0;
  const stack: MutableElement[] = [];
  let root: MutableElement | null = null;

  const advanceTo = (end: number): void => {
    for (let i = pos; i < end; i++) if (source.charCodeAt(i) === 10) line++;
    pos = end;
  };
  const skipPast = (terminator: string, what: string): string => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) throw new XmlReadError(`${what}没有结束`, line);
    const body = source.slice(pos, end);
    advanceTo(end + terminator.length);
    return body;
  };

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > pos) {
      const text = source.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(text, line);
      else if (text.trim() !== '') throw new XmlReadError('根元素之外出现了文本', line);
      advanceTo(textEnd);
    }
    if (lt < 0) break;

    if (source.startsWith('<!--', pos)) {
      skipPast('-->', '注释');
    } else if (source.startsWith('<![CDATA[', pos)) {
      const startLine = line;
      advanceTo(pos + 9);
      const body = skipPast(']]>', 'CDATA 段');
      const top = stack[stack.length - 1];
      if (!top) throw new XmlReadError('根元素之外出现了 CDATA 段', startLine);
      top.text += body;
    } else if (source.startsWith('<?', pos)) {
      skipPast('?>', '处理指令');
    } else if (source.startsWith('<!', pos)) {
      throw new XmlReadError('清单中不应有 DOCTYPE 或实体声明', line);
    } else if (source.startsWith('</', pos)) {
      const startLine = line;
      const body = skipPast('>', '结束标签');
      const name = body.slice(2).trim();
      const open = stack.pop();
      if (!open) throw new XmlReadError(`多余的结束标签 </${name}>`, startLine);
      if (localName(name) !== open.name)
        throw new XmlReadError(`结束标签 </${name}> 与第 ${open.line} 行的 <${open.name}> 不匹配`, startLine);
    } else {
      const startLine = line;
      const close = tagEnd(source, pos);
      if (close < 0) throw new XmlReadError('开始标签没有结束', startLine);
      let body = source.slice(pos + 1, close);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const nameMatch = /^[^\s/>]+/u.exec(body);
      if (!nameMatch) throw new XmlReadError('标签缺少元素名', startLine);
      const attributes = new Map<string, string>();
      const rest = body.slice(nameMatch[0].length);
      for (const m of rest.matchAll(ATTRIBUTE)) {
        if (attributes.has(m[1]!)) throw new XmlReadError(`属性 ${m[1]} 重复`, startLine);
        attributes.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? '', startLine));
      }
      if (rest.replace(ATTRIBUTE, '').trim() !== '')
        throw new XmlReadError(`<${nameMatch[0]}> 的属性写法有误`, startLine);
      const element: MutableElement = {
        name: localName(nameMatch[0]),
        attributes,
        children: [],
        text: '',
        line: startLine,
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new XmlReadError('文档有不止一个根元素', startLine);
      else root = element;
      if (!selfClosing) stack.push(element);
      advanceTo(close + 1);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new XmlReadError(`<${unclosed.name}> 没有结束标签`, unclosed.line);
  if (!root) throw new XmlReadError('文档没有根元素', line);
  return root;
}

/** Every element of the tree, depth first, each with its parent (null for the root). */
export function* walk(
  element: XmlElement,
  parent: XmlElement | null = null,
): Generator<{ element: XmlElement; parent: XmlElement | null }> {
  yield { element, parent };
  for (const child of element.children) yield* walk(child, element);
}
