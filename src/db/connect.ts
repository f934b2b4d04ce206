import mongoose from 'mongoose';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';

export interface DatabaseHandle {
  uri: string;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * Connects mongoose to MONGODB_URI, or to an embedded database kept under
 * dataDir when it is unset, and makes sure every model's indexes exist.
 */
export async function connectDatabase(options: { uri?: string; dataDir: string; warn: (m: string) => void }): Promise<DatabaseHandle> {
  const embedded = options.uri ? undefined : await startEmbeddedDatabase({ dataDir: options.dataDir, warn: options.warn });
  const uri = options.uri ?? embedded!.uri;
  await mongoose.connect(uri, { dbName: options.uri ? undefined : 'tvoy_kurs', serverSelectionTimeoutMS: 10_000 });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return {
    uri,
    embedded,
    close: async () => {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}
