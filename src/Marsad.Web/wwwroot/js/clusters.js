// The page's side of cluster-worker.js: each call is a promise of the worker's answer.
const worker = new Worker('/js/cluster-worker.js');
const pending = new Map();
let calls = 0;

worker.onmessage = ({ data }) => {
  const call = pending.get(data.id);
  pending.delete(data.id);
  if (data.error === undefined) call.resolve(data.result);
  else call.reject(new Error(data.error));
};

export function clusters(op, ...args) {
  return new Promise((resolve, reject) => {
    const id = ++calls;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, args });
  });
}
