// The demo's steps, in the order a seller meets them. Each returns the page to photograph and one line
// saying what happened.

/** @type {{ id: string, title: string, run: (session: any) => Promise<{ page: any, result: string }> }[]} */
export const STEPS = [
  {
    id: 'popup-empty',
    title: 'A new seller opens the popup',
    async run(session) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(session.extensionUrl('popup.html'));
      await page.getByTestId('empty-state').waitFor();
      return { page, result: 'the popup says where to start in Seller Central' };
    },
  },
  {
    id: 'options',
    title: 'Settings',
    async run(session) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('options.html'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      return { page, result: 'developer identity per region, defaults, language, retention and feature switches' };
    },
  },
];
