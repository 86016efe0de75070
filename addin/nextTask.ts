/**
 * Resolves in a later task, not a microtask, so that what the page has to draw or answer runs in
 * between: setImmediate in Node (the unit tests), a message in the browser (no 4 ms timer clamp).
 */
export function nextTask(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
