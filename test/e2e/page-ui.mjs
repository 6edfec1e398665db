// ShipBridge's page UI sits in closed shadow roots, out of reach of page scripts and of Playwright's
// selectors. The DevTools protocol can still see them, which is how these helpers read it.

async function documentTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  return { cdp, root };
}

/** Every node below `node`, shadow roots and frames included; `enter` can keep the walk out of a node's inside. */
function* walk(node, enter = (_node) => true) {
  yield node;
  if (!enter(node)) return;
  for (const child of [
    ...(node.children ?? []),
    ...(node.shadowRoots ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    yield* walk(child, enter);
  }
}

/** The text a person reads: style sheets and scripts left out. */
function textOf(node) {
  let text = '';
  for (const n of walk(node, (e) => e.localName !== 'style' && e.localName !== 'script')) {
    if (n.nodeType === 3) text += `${n.nodeValue} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Text inside every connected host of `tag` (e.g. shipbridge-panel), shadow roots included. */
export async function shadowText(page, tag) {
  const { cdp, root } = await documentTree(page);
  const texts = [...walk(root)].filter((n) => n.localName === tag).map(textOf);
  await cdp.detach();
  return texts.join('\n');
}

/** Clicks the button with that text inside a ShipBridge host, as a person would. */
export async function clickShadowButton(page, tag, label) {
  const { cdp, root } = await documentTree(page);
  const host = [...walk(root)].find((n) => n.localName === tag);
  const button = host && [...walk(host)].find((n) => n.localName === 'button' && textOf(n) === label);
  if (!button) throw new Error(`No button "${label}" in ${tag}`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: button.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { this.click(); }',
  });
  await cdp.detach();
}
