// Wiring only. The guard, policy and history issues add their services here.
export default defineBackground(() => {});
