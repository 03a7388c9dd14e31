// The user's message and the assistant's answer of one turn, read from chat-format root span
// inputs (`{"messages": [...]}`) and outputs (a chat completion). Pure; unknown shapes give null.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Message content: a string, or a list of parts of which the text parts are joined. */
export function contentText(content: unknown): string | null {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return null;
  const texts = content.flatMap((part) => {
    if (typeof part === "string") return [part];
    if (isObject(part) && typeof part.text === "string") return [part.text];
    return [];
  });
  return texts.length ? texts.join("\n") : null;
}

function lastWithRole(messages: unknown, role: string): string | null {
  if (!Array.isArray(messages)) return null;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (isObject(message) && message.role === role) return contentText(message.content);
  }
  return null;
}

/** The last user message of a chat request (`messages`, or the Responses API's `input`). */
export function userMessageOf(inputs: unknown): string | null {
  if (!isObject(inputs)) return null;
  return lastWithRole(inputs.messages, "user") ?? lastWithRole(inputs.input, "user");
}

/** The first choice's message of a chat completion, or the last assistant message of `messages`. */
export function assistantMessageOf(outputs: unknown): string | null {
  if (typeof outputs === "string") return outputs;
  if (!isObject(outputs)) return null;
  const choices = outputs.choices;
  if (Array.isArray(choices) && isObject(choices[0]) && isObject(choices[0].message)) return contentText(choices[0].message.content);
  return lastWithRole(outputs.messages, "assistant") ?? lastWithRole(outputs.output, "assistant");
}
