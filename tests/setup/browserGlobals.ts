// jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow; a no-op stands in.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
