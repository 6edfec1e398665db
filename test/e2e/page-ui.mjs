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

/**
 * Runs `fn` (`this` is the root; `arg` its one argument, JSON) in the shadow root of every `tag` host in the
 * page's document (not those inside another shadow root), closed roots included; the answers, in document
 * order. A query finds the hosts: sending the whole tree of a 5,000-row page takes seconds.
 */
export async function inShadowRoots(page, tag, fn, arg = null) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: tag });
    const answers = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      const [shadow] = node.shadowRoots ?? [];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: String(fn),
        arguments: [{ value: arg }],
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      answers.push(result.value);
    }
    return answers;
  } finally {
    await cdp.detach();
  }
}
