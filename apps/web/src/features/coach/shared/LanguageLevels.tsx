import { FormattedMessage } from 'react-intl';

export interface Levels {
  speaking: string;
  listening: string;
  reading: string;
  writing: string;
}

/** The four language skills with their levels in words ("spreken A1, … lezen geen"). */
export function LanguageLevels({ levels }: { levels: Levels }) {
  const level = (value: string) => <FormattedMessage id={`languageLevel.${value}`} />;
  return (
    <FormattedMessage
      id="client.languageLevels.value"
      values={{
        speaking: level(levels.speaking),
        listening: level(levels.listening),
        reading: level(levels.reading),
        writing: level(levels.writing),
      }}
    />
  );
}
