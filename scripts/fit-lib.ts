/**
 * Shared plumbing of the fitting scripts (fit-register.ts, fit-politeness.ts): ridge regression
 * over dense standardized features plus sparse hashed n-gram counts, solved by conjugate
 * gradients so a few thousand sparse columns cost no dense matrix; and a deterministic fold
 * assignment for cross-validation inside the development split.
 */
export interface Row {
  /** Dense features, raw (standardized inside `fitRidge`). */
  x: Float64Array;
  /** Sparse columns with value 1 each (repeats add up); indices < sparseDim. */
  s: Int32Array;
  /** Scale applied to each sparse count (e.g. 1/sqrt(words)). */
  sScale: number;
  /** Optional signed value of each sparse entry (default 1), for pairwise difference rows. */
  sv?: Float64Array;
  y: number;
  w: number;
}

export interface RidgeModel {
  mean: number[];
  sd: number[];
  /** Weights of the standardized dense features. */
  dense: number[];
  sparse: Float64Array;
  bias: number;
}

export function standardize(rows: Row[], dim: number): { mean: number[]; sd: number[] } {
  const mean = new Array<number>(dim).fill(0);
  const sd = new Array<number>(dim).fill(0);
  const W = rows.reduce((a, r) => a + r.w, 0);
  for (const r of rows) for (let j = 0; j < dim; j++) mean[j] += (r.w * r.x[j]) / W;
  for (const r of rows) for (let j = 0; j < dim; j++) sd[j] += (r.w * (r.x[j] - mean[j]) ** 2) / W;
  for (let j = 0; j < dim; j++) sd[j] = Math.sqrt(sd[j]) || 1;
  return { mean, sd };
}

/**
 * Weighted ridge: minimise Σ w_i (y_i − b − x_i·β − s_i·γ)² / Σw + λ_d |β|² + λ_s |γ|², bias
 * unpenalised (or fixed at 0 with `noBias`, for pairwise difference rows). Conjugate gradients on
 * the normal equations.
 */
export function fitRidge(
  rows: Row[],
  dim: number,
  sparseDim: number,
  lambdaDense: number,
  lambdaSparse: number,
  opts: { noBias?: boolean; iterations?: number; standardizeDense?: boolean } = {},
): RidgeModel {
  const st = opts.standardizeDense === false ? { mean: new Array(dim).fill(0), sd: new Array(dim).fill(1) } : standardize(rows, dim);
  const P = dim + sparseDim + 1;
  const W = rows.reduce((a, r) => a + r.w, 0);
  const Z = rows.map((r) => {
    const z = new Float64Array(dim);
    for (let j = 0; j < dim; j++) z[j] = (r.x[j] - st.mean[j]) / st.sd[j];
    return z;
  });
  const pen = new Float64Array(P);
  for (let j = 0; j < dim; j++) pen[j] = lambdaDense;
  for (let j = 0; j < sparseDim; j++) pen[dim + j] = lambdaSparse;
  pen[P - 1] = opts.noBias ? 1e9 : 0;
  const predictRow = (theta: Float64Array, i: number) => {
    const r = rows[i];
    let s = theta[P - 1];
    const z = Z[i];
    for (let j = 0; j < dim; j++) s += theta[j] * z[j];
    for (let k = 0; k < r.s.length; k++) s += theta[dim + r.s[k]] * r.sScale * (r.sv ? r.sv[k] : 1);
    return s;
  };
  // A v = Xᵀ W X v / W + pen ∘ v
  const apply = (v: Float64Array): Float64Array => {
    const out = new Float64Array(P);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const q = (predictRow(v, i) * r.w) / W;
      const z = Z[i];
      for (let j = 0; j < dim; j++) out[j] += q * z[j];
      for (let k = 0; k < r.s.length; k++) out[dim + r.s[k]] += q * r.sScale * (r.sv ? r.sv[k] : 1);
      out[P - 1] += q;
    }
    for (let j = 0; j < P; j++) out[j] += pen[j] * v[j];
    return out;
  };
  const b = new Float64Array(P);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const q = (r.y * r.w) / W;
    const z = Z[i];
    for (let j = 0; j < dim; j++) b[j] += q * z[j];
    for (let k = 0; k < r.s.length; k++) b[dim + r.s[k]] += q * r.sScale * (r.sv ? r.sv[k] : 1);
    b[P - 1] += q;
  }
  const x = new Float64Array(P);
  const r = Float64Array.from(b);
  const p = Float64Array.from(r);
  let rr = r.reduce((a, v) => a + v * v, 0);
  const iters = opts.iterations ?? 300;
  for (let it = 0; it < iters && rr > 1e-14; it++) {
    const Ap = apply(p);
    let pAp = 0;
    for (let j = 0; j < P; j++) pAp += p[j] * Ap[j];
    const alpha = rr / pAp;
    for (let j = 0; j < P; j++) {
      x[j] += alpha * p[j];
      r[j] -= alpha * Ap[j];
    }
    const rr2 = r.reduce((a, v) => a + v * v, 0);
    const beta = rr2 / rr;
    for (let j = 0; j < P; j++) p[j] = r[j] + beta * p[j];
    rr = rr2;
  }
  return { mean: st.mean, sd: st.sd, dense: Array.from(x.slice(0, dim)), sparse: x.slice(dim, dim + sparseDim), bias: opts.noBias ? 0 : x[P - 1] };
}

export function predict(m: RidgeModel, x: Float64Array, s: ArrayLike<number>, sScale: number): number {
  let v = m.bias;
  for (let j = 0; j < m.dense.length; j++) v += m.dense[j] * ((x[j] - m.mean[j]) / m.sd[j]);
  for (let k = 0; k < s.length; k++) v += m.sparse[s[k]] * sScale;
  return v;
}

export const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Round sparse weights and keep only the largest `keep` by magnitude (the rest are 0). */
export function pruneSparse(v: Float64Array, keep: number, digits = 4): Record<number, number> {
  const idx = Array.from(v.keys()).filter((i) => v[i] !== 0).sort((a, b) => Math.abs(v[b]) - Math.abs(v[a])).slice(0, keep);
  const f = 10 ** digits;
  const out: Record<number, number> = {};
  for (const i of idx.sort((a, b) => a - b)) {
    const q = Math.round(v[i] * f) / f;
    if (q !== 0) out[i] = q;
  }
  return out;
}
