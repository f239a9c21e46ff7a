// Web components keep part of a page in shadow trees: a site built with Lit or Stencil may render
// its "Articles liés" inside a component, where document queries never look. Extraction works on
// a clone of the page; here the clone gets each open shadow tree in place of its host's content,
// with the host's own children put in the tree's slots, as the browser composes them on screen.
// In a browser the trees are the hosts' open shadow roots (the clone has none: cloning leaves them
// behind); in a parser that keeps declarative shadow trees as templates (jsdom), the templates.

/** Hosts looked at per page: a page of thousands of components is read as its light tree. */
const MAX_HOSTS = 500;

/** Set the shadow trees of `live`'s components in `clone` (a deep clone of it, not yet changed). */
export function composeShadowTrees(live: Document, clone: Document): void {
  composeLive(live, clone, { hosts: 0 });
  composeTemplates(clone, { hosts: 0 });
}

interface Budget {
  hosts: number;
}

/** Open shadow roots of the live page's custom elements, copied into the clone's same elements. */
function composeLive(liveRoot: Document | ShadowRoot, cloneRoot: Node, budget: Budget): void {
  const pairs: [Element, Element][] = [];
  for (const el of liveRoot.querySelectorAll('*')) {
    // (components are custom elements: their names hold a hyphen)
    if (!el.tagName.includes('-') || !el.shadowRoot?.hasChildNodes()) continue;
    if (++budget.hosts > MAX_HOSTS) break;
    const twin = nodeAt(cloneRoot, pathOf(el, liveRoot));
    if (twin?.nodeType === 1 && (twin as Element).tagName === el.tagName) pairs.push([el, twin as Element]);
  }
  // (every twin is found before any host's content changes: the paths stay true)
  for (const [host, twin] of pairs) {
    const shadow = host.shadowRoot as ShadowRoot;
    const tree = twin.ownerDocument.createDocumentFragment();
    for (const child of shadow.childNodes) tree.append(twin.ownerDocument.importNode(child, true));
    composeLive(shadow, tree, budget);
    fillSlots(twin, tree);
  }
}

/** Declarative shadow trees a parser left as templates ("<template shadowrootmode=open>"). */
function composeTemplates(root: ParentNode, budget: Budget): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || ++budget.hosts > MAX_HOSTS) continue;
    const tree = (template as HTMLTemplateElement).content;
    template.remove();
    composeTemplates(tree, budget);
    fillSlots(host, tree);
  }
}

/** The host's children go to the tree's slots (by name; the rest to the unnamed one), the tree in the host. */
function fillSlots(host: Element, tree: DocumentFragment): void {
  const light = [...host.childNodes];
  for (const slot of [...tree.querySelectorAll('slot')]) {
    const name = slot.getAttribute('name') ?? '';
    const assigned = light.filter((n) =>
      n.nodeType === 1 ? ((n as Element).getAttribute('slot') ?? '') === name : name === '' && n.nodeType === 3,
    );
    if (assigned.length) slot.replaceWith(...assigned);
    else slot.replaceWith(...slot.childNodes);
  }
  host.replaceChildren(tree);
}

/** Child indices from root down to node. */
function pathOf(node: Node, root: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node; n !== root && n.parentNode; n = n.parentNode)
    path.push(Array.prototype.indexOf.call(n.parentNode.childNodes, n) as number);
  return path.reverse();
}

function nodeAt(root: Node, path: number[]): Node | null {
  let n: Node | null = root;
  for (const i of path) n = n?.childNodes[i] ?? null;
  return n;
}
