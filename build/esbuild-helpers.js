// The helpers esbuild's lowering to edge18 needs (object spread and rest, class
// fields), one copy for the whole bundle. build/esbuild-loader.cjs writes this
// module's code when webpack loads it; this file only gives it a path.
export {};
