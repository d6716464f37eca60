// @ts-check
// Whether a port on the loopback is taken: `npm start`, `npm run serve:cluster` and the cluster's processes check
// before they start. Plain Node, no dependencies.
import net from 'node:net';

/** Resolves true when something accepts connections on the port of 127.0.0.1. @param {number} port */
export function isListening(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
