export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server.js';
export { EmulatorClient, EmulatorClientError, type WaitOptions, type UserSummary, type UploadedFileInfo } from './client.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export type { LimitOptions, FaultOptions } from './limits.js';
export type { ChatEvent, NewUser, CallbackAnswer } from './state.js';
export type * from './types.js';
