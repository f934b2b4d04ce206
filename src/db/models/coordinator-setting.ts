import { Schema, model } from 'mongoose';

/**
 * What the bot keeps of a coordinator. Coordinators are the config's
 * ADMIN_IDS, not stored; only the language they chose (/language), or else
 * their Telegram app's, is, so that their notices (a partner's request, a call task) come in it.
 */
const coordinatorSettingSchema = new Schema(
  {
    _id: { type: Number, required: true },
    language: { type: String, enum: ['ru', 'en'] },
    /** Their Telegram app's language when it is one of ours: used until they choose one with /language. */
    telegramLanguage: { type: String, enum: ['ru', 'en'] },
  },
  { versionKey: false },
);

export const CoordinatorSettingModel = model('CoordinatorSetting', coordinatorSettingSchema, 'coordinator_settings');
