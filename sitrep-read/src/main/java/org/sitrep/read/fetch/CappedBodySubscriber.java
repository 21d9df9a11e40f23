package org.sitrep.read.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body as it streams in, keeping at most {@code cap} bytes: when more come, or when {@code Content-Length}
 * already says more will, it cancels the stream (closing the connection) and reports the body as cut, so a huge
 * body is never held whole. A cut body keeps nothing, or, when {@code keepPrefix} is set, its first {@code cap}
 * bytes (a robots.txt is read that far).
 *
 * <p>Thread safety: driven by the HTTP client, one signal at a time as Reactive Streams require; {@link #abort} may
 * be called from another thread.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBodySubscriber.Body> {

    /**
     * A body read up to a cap.
     *
     * @param bytes the bytes kept (when cut: none, or the first {@code cap} with {@code keepPrefix})
     * @param cut whether the body was longer than the cap
     * @param declaredLength the {@code Content-Length} sent, or -1
     */
    record Body(byte[] bytes, boolean cut, long declaredLength) {
    }

    private final long cap;
    private final long declaredLength;
    private final boolean keepPrefix;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;

    CappedBodySubscriber(long cap, long declaredLength, boolean keepPrefix) {
        this.cap = cap;
        this.declaredLength = declaredLength;
        this.keepPrefix = keepPrefix;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > cap && !keepPrefix) {
            s.cancel();
            result.complete(new Body(new byte[0], true, declaredLength));
            return;
        }
        if (result.isDone()) {
            s.cancel(); // aborted before the body began
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            subscription.cancel();
            return;
        }
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (out.size() + (long) n > cap) {
                subscription.cancel();
                if (keepPrefix) {
                    byte[] rest = new byte[(int) (cap - out.size())];
                    b.get(rest);
                    out.write(rest, 0, rest.length);
                }
                result.complete(new Body(keepPrefix ? out.toByteArray() : new byte[0], true, declaredLength));
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            out.write(chunk, 0, n);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(out.toByteArray(), false, declaredLength));
    }

    /** Stops reading (the overall timeout passed): cancels the stream and fails the body. */
    void abort(Throwable why) {
        result.completeExceptionally(why);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
