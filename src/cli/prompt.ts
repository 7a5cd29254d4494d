/** Asks a yes/no question on the terminal, defaulting to no; the prompt goes to stderr so stdout stays clean. */
export async function confirm(question: string): Promise<boolean> {
  const { default: ask } = await import('@inquirer/confirm');
  return ask(
    {
      message: question,
      default: false,
      theme: { prefix: '', style: { defaultAnswer: (text: string) => `[${text}]` } },
    },
    { output: process.stderr },
  );
}
