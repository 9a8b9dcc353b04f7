import { platformLabels, platforms } from '../../core/platforms.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { useHydrated } from '../use-hydrated.ts';

/** One choice of platform for every command on the page, remembered across visits and tabs. */
export function PlatformPicker() {
  const [platform, choose] = usePlatformChoice();
  // Disabled in the prerendered page until it is hydrated: a choice made before would check the
  // button but leave the commands as they were.
  const hydrated = useHydrated();
  return (
    <fieldset disabled={!hydrated} className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <legend className="sr-only">Show commands for</legend>
      <span aria-hidden="true" className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Commands for:
      </span>
      {platforms.map((option) => (
        <label
          key={option}
          className="cursor-pointer rounded-md border border-slate-400 px-3 py-1 text-sm has-[:checked]:border-blue-700 has-[:checked]:bg-blue-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-600 dark:border-slate-500 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-blue-400 dark:has-[:checked]:text-slate-950"
        >
          <input
            type="radio"
            name="platform"
            value={option}
            checked={platform === option}
            onChange={() => {
              choose(option);
            }}
            className="sr-only"
          />
          {platformLabels[option]}
        </label>
      ))}
    </fieldset>
  );
}
