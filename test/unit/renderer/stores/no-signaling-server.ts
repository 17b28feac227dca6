/** Node 20 has no WebSocket: one that never connects (no signaling server in the store tests). */
export class NoServer {
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: unknown = null;
  onclose: unknown = null;
  onerror: unknown = null;
  onmessage: unknown = null;
  send() {}
  close() {
    this.readyState = 3;
  }
}
