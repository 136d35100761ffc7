// The page's only way to the data: persisted documents by name (PersistedDocuments/*.graphql in the service), so a
// Dashboard.Reader's token runs nothing but reviewed documents, and every other role sends the same.
import { accessToken, SignInRequired } from './session.js';

const endpoint = '/graphql';

async function headers(accept) {
  return {
    'Content-Type': 'application/json',
    Accept: accept,
    Authorization: `Bearer ${await accessToken()}`
  };
}

/** Runs a persisted query; the response's data and errors (FORBIDDEN parts come back as errors beside the rest). */
export async function query(documentId, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: await headers('application/graphql-response+json, application/json'),
    body: JSON.stringify({ documentId, variables })
  });
  if (response.status === 401) {
    throw new SignInRequired('expired');
  }
  if (response.status === 403) {
    return { data: null, errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] };
  }
  const body = await response.json();
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** Whether the field at a path (e.g. ['prefecture', 'register']) was refused for this caller. */
export function refused(errors, ...path) {
  return errors.some(e => e.extensions?.code === 'FORBIDDEN' && (path.length === 0 || path.every((p, i) => e.path?.[i] === p)));
}

/**
 * Follows a persisted subscription over Server-Sent Events (graphql-sse, distinct connections), reconnecting with a
 * growing pause when the stream drops. fetch, not EventSource, because the request must carry the bearer token.
 * Returns a function that stops it.
 */
export function subscribe(documentId, variables, { onNext, onState, onSignIn }) {
  let stopped = false;
  let controller = null;
  let failures = 0;

  async function connect() {
    controller = new AbortController();
    onState('connecting');
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: await headers('text/event-stream'),
        body: JSON.stringify({ documentId, variables }),
        signal: controller.signal
      });
      if (response.status === 401) {
        throw new SignInRequired('expired');
      }
      if (!response.ok || !response.body) {
        throw new Error(`HTTP ${response.status}`);
      }
      onState('live');
      failures = 0;
      await read(response.body.getReader(), onNext);
    } catch (error) {
      if (error instanceof SignInRequired) {
        stopped = true;
        onSignIn(error);
        return;
      }
    }
    if (!stopped) {
      // Ended by the server or the network: say so, then try again.
      onState('down');
      failures += 1;
      setTimeout(connect, Math.min(500 * failures, 5000));
    }
  }

  connect();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

async function read(reader, onNext) {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = block.split('\n').filter(line => line.startsWith('data: ')).map(line => line.slice(6)).join('\n');
      if (event === 'next' && data) {
        const result = JSON.parse(data);
        if (result.data) {
          onNext(result.data);
        }
      } else if (event === 'complete') {
        return;
      }
    }
  }
}
