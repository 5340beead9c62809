/** Weights shared by score.ts and the fitting scripts, so a refit keeps the scales consistent. */

/** Weight of the English-scale formality model (in its own SD units) inside tanh. */
export const Z_WEIGHT = 0.7;
/** Weight of the hand-written T–V / honorific rule score (about −1.5 … 1.5) inside tanh. */
export const REG_WEIGHT = 1.1;
