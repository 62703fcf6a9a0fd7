import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from '@plekwijzer/config';

/** Makes the validated configuration injectable as `AppConfig`. Read once, at module creation. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class ConfigModule {}
